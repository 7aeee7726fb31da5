"""`banan lsp`: a language server over stdio, a thin adapter over the engine (pygls)."""
