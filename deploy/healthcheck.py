"""Container health check of a bot replica in webhook mode: GET /healthz answers 200 when the store answers."""

import os
import sys
import urllib.request

port = os.environ.get("WEBHOOK_PORT", "8443")
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as err:  # refused, timed out, 503
    print(f"unhealthy: {type(err).__name__}", file=sys.stderr)
    sys.exit(1)
