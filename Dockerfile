# banan's LanguageTool-compatible server and web editor.
#   docker build -t banan .
#   docker run --rm -p 8081:8081 -v banan-data:/data banan
# The lexicon is compiled while the image is built, so a container starts ready and
# needs no network; it runs as an unprivileged user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BANAN_CACHE_DIR=/opt/banan/cache

# Debian's Bengali hunspell word list is one of the lexicon's sources.
RUN apt-get update \
    && apt-get install -y --no-install-recommends hunspell-bn \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
RUN pip install '.[server]' \
    && banan lexicon build \
    && chmod -R a+rX /opt/banan \
    && rm -rf /src

RUN useradd --system --uid 10001 --home-dir /data --create-home banan
USER banan
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8081

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8081/v2/healthcheck', timeout=4)"

CMD ["banan", "serve", "--host", "0.0.0.0", "--port", "8081", "--dictionary", "/data/dictionary.sqlite3"]
