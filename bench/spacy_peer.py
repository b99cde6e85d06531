#!/usr/bin/env python3
"""The peer for Parley's extraction benchmark: spaCy's small English pipeline on the same
articles, with simple dependency rules for met-with, on one core.

usage: spacy_peer.py MODEL FILE...   prints one JSON line: files, bytes, words, seconds,
cpu_seconds, met_with
Words are whitespace-separated tokens of the text given to spaCy (HTML tags stripped).
"""
import html
import json
import re
import sys
import time

import spacy

MEET = {"meet", "talk", "negotiate", "confer", "speak"}
ACTOR = {"PERSON", "GPE", "ORG", "NORP"}


def clean(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style|nav|footer)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def actors(token):
    """Named actors in the subtree of a token."""
    return {ent.text for ent in token.doc.ents
            if ent.label_ in ACTOR and ent.start >= token.left_edge.i and ent.end <= token.right_edge.i + 1}


def met_with(doc):
    pairs = set()
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_ not in MEET:
            continue
        subjects, objects = set(), set()
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subjects |= actors(child)
            elif child.dep_ in ("dobj", "prep", "pobj", "attr"):
                objects |= actors(child)
        for a in subjects:
            for b in objects:
                if a != b:
                    pairs.add(tuple(sorted((a, b))))
    return pairs


def main():
    nlp = spacy.load(sys.argv[1])
    texts = [clean(p) for p in sys.argv[2:]]
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    start, cpu = time.perf_counter(), time.process_time()
    pairs = set()
    for doc in nlp.pipe(texts, batch_size=16, n_process=1):
        pairs |= met_with(doc)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"files": len(texts), "bytes": size, "words": words, "seconds": seconds, "cpu_seconds": cpu,
                      "met_with": len(pairs)}))


if __name__ == "__main__":
    main()
