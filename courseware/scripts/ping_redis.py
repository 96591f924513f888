"""Exit 0 when a Redis answers PING at the URL given, quickly; 1 otherwise."""
import sys

import redis


def main(url: str) -> int:
    try:
        return 0 if redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping() else 1
    except redis.RedisError:
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "redis://127.0.0.1:6379/0"))
