"""Hostile messages: what users (and Telegram) can put in a text message, generated from a seed.

Huge and empty texts, emoji (ZWJ sequences, flags, skin tones), control and invisible
characters, right-to-left overrides, other scripts, combining-mark towers, Markdown and HTML
that Telegram would parse if asked to, commands, forged button values, format strings and
SQL. Only Unicode scalar values: Telegram cannot deliver lone surrogates.
"""

from __future__ import annotations

import random

EMOJI = ["😀", "😭", "🙏🏽", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇳🇱", "❤️", "🔥", "💊", "🌉", "🤷‍♀️", "👍🏿", "🫠", "🧑🏻‍⚕️"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\u0085", "\u200b", "\u200d",
           "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\r\n", "\t", "\U000e0001"]
SCRIPTS = ["مرحبا كيف حالك", "שלום מה שלומך", "你好，我很难过", "こんにちは、つらいです", "Привет, мне плохо",
           "नमस्ते मैं ठीक नहीं हूँ", "สวัสดีครับ", "안녕하세요", "Γεια σου", "Merhaba, çok üzgünüm", "ẞtraße öäü ĳ"]
MARKUP = ["*vet*", "_schuin_", "__onder__", "~doorgehaald~", "||spoiler||", "`code`", "```\nblok\n```",
          "[link](https://example.org)", "<b>vet</b>", "<i>", "</a>", "<a href=\"tg://user?id=1\">jij</a>",
          "<script>alert(1)</script>", "&amp; &lt; &gt; &quot; &#x1F600;", "<tg-spoiler>x</tg-spoiler>",
          "\\*escaped\\*", ">quote", "# kop", "- lijst", "1. nummer", "<", ">", "&"]
COMMANDS = ["/stop", "/hint", "/help", "/coach", "/gedachte", "/start", "/onbekend", "/", "//", "/stop@oefengesprek_bot",
            "/hint extra woorden", "/STOP", "/ stop"]
VALUES = ["mode:oefenen", "mode:", "mode:bestaatniet", "type:klager", "type:", "type:../../etc/passwd",
          "scenario:ontruiming", "scenario:bestaatniet", "scenario:", "safety:continue", "safety:stop",
          "safety:misschien", ":", "page:2", "forget:yes", "x" * 64 + "|abcdefgh"]
NASTY = ["{0} {name} {{}} %s %(x)s %d", "'; DROP TABLE turns; --", "null", "None", "NaN", "-1", "1e309",
         "0" * 50, "\\", "\\n", "${HOME}", "$(rm -rf /)", "../../", "ｆｕｌｌｗｉｄｔｈ", "İıŞş", "ﬁ ﬂ"]
WORDS = ["ik", "weet", "het", "niet", "hoe", "houdt", "u", "vol", "waarom", "moet", "je", "dat", "doen",
         "fijn", "schaal", "nul", "tien", "huur", "kinderen", "bang", "boos", "help", "please", "what"]
ZALGO = "".join(chr(c) for c in range(0x0300, 0x036F))


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _mix(rng: random.Random) -> str:
    pools = (EMOJI, CONTROL, SCRIPTS, MARKUP, COMMANDS, VALUES, NASTY, WORDS)
    return "".join(rng.choice(rng.choice(pools)) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 12)))


def _random_code_points(rng: random.Random) -> str:
    points = []
    while len(points) < rng.randint(1, 60):
        point = rng.randint(1, 0x10FFFF)
        if not 0xD800 <= point <= 0xDFFF:  # no surrogates
            points.append(chr(point))
    return "".join(points)


KINDS = (
    lambda rng: "",
    lambda rng: rng.choice([" ", "\n", "\t", "\u00a0", "\u3000", " \n \t "]) * rng.randint(1, 50),
    lambda rng: _words(rng, rng.randint(600, 900)),  # about Telegram's 4096-character limit
    lambda rng: rng.choice(["a", "😭", "ا", "x "]) * rng.randint(2000, 20000),  # beyond it
    lambda rng: "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 40))),
    lambda rng: "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 20))),
    lambda rng: rng.choice(SCRIPTS) + " " + rng.choice(SCRIPTS),
    lambda rng: _words(rng, 3) + "".join(rng.choice(ZALGO) for _ in range(rng.randint(10, 300))),
    lambda rng: " ".join(rng.choice(MARKUP) for _ in range(rng.randint(1, 8))) + " " + _words(rng, 4),
    lambda rng: rng.choice(COMMANDS),
    lambda rng: rng.choice(VALUES),
    lambda rng: rng.choice(NASTY),
    _mix,
    _random_code_points,
    lambda rng: _words(rng, rng.randint(1, 15)),  # ordinary chatter in between
)


def hostile_messages(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(KINDS)(rng) for _ in range(count)]
