#!/usr/bin/env python3
"""Writes N synthetic diplomatic news articles (seeded, so every run writes the same bytes).

usage: gen_corpus.py OUT_DIR N [SEED]

Articles are 1-3 KB of plain text or HTML with a dateline, meetings, mediations, signings,
titles with demonyms and some filler, drawn from fixed pools of invented people and real
states, spread over 100 subfolders.
"""
import os
import random
import sys

STATES = [("Moldova", "Moldovan", "Chisinau"), ("Estonia", "Estonian", "Tallinn"), ("Chile", "Chilean", "Santiago"),
          ("Qatar", "Qatari", "Doha"), ("Türkiye", "Turkish", "Ankara"), ("Armenia", "Armenian", "Yerevan"),
          ("Azerbaijan", "Azerbaijani", "Baku"), ("Greece", "Greek", "Athens"), ("Italy", "Italian", "Rome"),
          ("Kenya", "Kenyan", "Nairobi"), ("Norway", "Norwegian", "Oslo"), ("Japan", "Japanese", "Tokyo"),
          ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"), ("Poland", "Polish", "Warsaw"),
          ("Colombia", "Colombian", "Bogota"), ("Georgia", "Georgian", "Tbilisi"), ("Serbia", "Serbian", "Belgrade")]
TITLES = ["Prime Minister", "President", "Foreign Minister", "Defence Minister", "special envoy"]
FIRST = ["Lena", "Tomas", "Ana", "Marco", "Eleni", "Jonas", "Mira", "Pavel", "Sofia", "Kenji", "Amara", "Lucas",
         "Irina", "Omar", "Nadia", "Viktor", "Clara", "Tariq", "Elif", "Dmitri"]
LAST = ["Varga", "Ilves", "Rojas", "Bellini", "Kostas", "Berg", "Novak", "Haddad", "Okafor", "Sato", "Moreau",
        "Lindqvist", "Petrov", "Aydin", "Costa", "Mensah", "Kowalski", "Duarte", "Ivanova", "Fischer"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AGREEMENTS = ["Memorandum on Energy Links", "Roadmap for Border Delimitation", "Declaration on Trade",
              "Agreement on Visa Facilitation", "Ceasefire Protocol", "Framework on Water Sharing"]
FILLER = ["The talks lasted several hours and covered trade, energy and regional security.",
          "Officials described the atmosphere as constructive.",
          "Analysts said the meeting could open the way to closer cooperation.",
          "Both sides agreed to continue consultations at the expert level.",
          "The visit was the first at this level in more than a decade.",
          "Reporters were not allowed into the room during the discussions.",
          "Opposition parties criticised the lack of detail in the published statement.",
          "Markets reacted calmly to the news."]


def person(rng):
    state = rng.choice(STATES)
    return state, rng.choice(TITLES), rng.choice(FIRST) + " " + rng.choice(LAST)


def article(rng, index):
    year = rng.randint(2015, 2025)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    (s1, t1, p1), (s2, t2, p2) = person(rng), person(rng)
    place = rng.choice([s1[2], s2[2]])
    sentences = [f"{place.upper()}, {month} {day}, {year} — {s1[1]} {t1} {p1} met {s2[1]} {t2} {p2} in {place} on {rng.choice(['Monday', 'Tuesday', 'Thursday'])}."]
    for _ in range(rng.randint(6, 20)):
        kind = rng.random()
        if kind < 0.25:
            (s3, t3, p3) = person(rng)
            sentences.append(f"{p1.split()[1]} also held talks with {s3[1]} {t3} {p3}.")
        elif kind < 0.4:
            mediator = rng.choice(STATES)
            sentences.append(f"{mediator[0]} mediated talks between {s1[0]} and {s2[0]}.")
        elif kind < 0.55:
            sentences.append(f"The two sides signed the {place} {rng.choice(AGREEMENTS)}.")
        elif kind < 0.65:
            sentences.append(f"{p2.split()[1]} will meet {s1[1]} officials again next month.")
        else:
            sentences.append(rng.choice(FILLER))
    title = f"{s1[0]} and {s2[0]} hold talks"
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    if index % 5 == 0:
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        return "html", f"<!doctype html>\n<html><head><title>{title}</title></head><body><nav>Home | World</nav>\n<h1>{title}</h1>\n{body}<footer>© News</footer></body></html>\n"
    return "txt", title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    for i in range(count):
        ext, text = article(rng, i)
        folder = os.path.join(out, f"{i % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{i:06d}.{ext}"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
