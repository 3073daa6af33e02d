# The bot's image: one process, configured only through environment variables (see docs/deploy.md).
#   docker build -t oefengesprek .
#   docker run --env-file .env oefengesprek                       # polling, SQLite in /app/data
#   docker run --env-file .env oefengesprek oefengesprek telegram --webhook
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    OEFENGESPREK_DATA_DIR=/app/data

WORKDIR /app

# Dependencies first, so a change in the code does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir -p dialogues bot && touch dialogues/__init__.py bot/__init__.py \
    && pip install . && pip uninstall -y oefengesprek

# The program reads flows/ and content/ beside its packages: an editable install keeps them together.
COPY dialogues ./dialogues
COPY bot ./bot
COPY flows ./flows
COPY content ./content
COPY deploy/healthcheck.py ./deploy/healthcheck.py
# Bytecode compiled once here: PYTHONDONTWRITEBYTECODE stops the running bot from writing it,
# and without it every start compiles the modules again (the safety model's weights too).
RUN pip install --no-deps -e . \
    && python -m compileall -q dialogues bot \
    && oefengesprek flows validate \
    && useradd --system --uid 10001 --home-dir /app oefengesprek \
    && mkdir -p /app/data && chown oefengesprek /app/data

USER oefengesprek
VOLUME ["/app/data"]
EXPOSE 8443
CMD ["oefengesprek", "telegram"]
