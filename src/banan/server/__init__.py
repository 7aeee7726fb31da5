"""banan as a LanguageTool-compatible HTTP server, with a web editor and word lists.

`banan serve` runs it; `banan.server.app.create_app(settings)` builds the ASGI app.
Needs the `server` extra (Starlette, uvicorn); nothing here is imported by the rest
of banan, so the proofreader itself works without it.
"""
