"""Phone extraction on presidio-like sentences: the templates of the presidio rows outside the held-out bucket,
filled with hand-written numbers in the formats of the six languages' countries (the country each is meant for
is known) and names of many cultures, so the message language is often mis-detected, as in the real rows.

    python scripts/phone_templates.py [--n 600] [--show]

Development only (round 4 of the phone work); it reads no held-out data. Some fillers are ambiguous by nature
("55 1234 5678" is valid in Mexico and in the UK; "(601) 234 5678" in Colombia and the US), so 1.00 is not
reachable.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag_agent.agents.extract import _fictional, phones  # noqa: E402

NUMBERS = [  # (as written, the country meant)
    ("303-555-0199", "US"), ("(212)555-0147", "US"), ("415.555.2671", "US"), ("+1-617-555-0133", "US"),
    ("312-555-0176x123", "US"), ("(646)555-0110x4567", "US"), ("206.555.0100x89", "US"), ("713-555-0123", "US"),
    ("(305)555-0155", "US"), ("901.555.0187", "US"), ("480-555-0111", "US"), ("(541)555-0132", "US"),
    ("219.555.0145", "US"), ("+1-404-555-0169x12", "US"),
    ("01632 960123", "GB"), ("07700 900456", "GB"), ("020 7946 0321", "GB"), ("+44(0)20 7946 0958", "GB"),
    ("0161 496 0123", "GB"), ("(0113) 496 0456", "GB"), ("+44(0)1632 960 321", "GB"), ("0117 496 0789", "GB"),
    ("+44(0)7700 900 123", "GB"), ("0121 496 0654", "GB"),
    ("(11) 98765-4321", "BR"), ("(21) 2555-0147", "BR"), ("+55 (011) 3456 7890", "BR"), ("(071) 4233 6306", "BR"),
    ("+55 84 3456 7890", "BR"), ("61 3456-7890", "BR"), ("+55 31 9 8765 4321", "BR"),
    ("+34 612 345 678", "ES"), ("612 34 56 78", "ES"), ("+34 912 345 678", "ES"), ("912 34 56 78", "ES"),
    ("55 1234 5678", "MX"), ("+52 222 123 4567", "MX"), ("(33) 1234-5678", "MX"),
    ("(0341) 8387176", "ID"), ("0812-3456-7890", "ID"), ("+62-21-555-0123", "ID"), ("(021) 5550123", "ID"),
    ("0856 1234 5678", "ID"),
    ("8 (916) 123-45-67", "RU"), ("+7 903 123 45 67", "RU"), ("8 495 123 45 67", "RU"), ("+7 (812) 123-45-67", "RU"),
    ("0532 123 45 67", "TR"), ("+90 (212) 555 01 47", "TR"), ("0 (312) 555 01 47", "TR"), ("+90 532 123 45 67", "TR"),
    ("912 345 678", "PT"), ("+351 213 456 789", "PT"), ("21 345 6789", "PT"),
    ("011 2345-6789", "AR"), ("+54 9 11 2345-6789", "AR"), ("(601) 234 5678", "CO"), ("+57 310 123 4567", "CO"),
]
NAMES = ["Gregory Kudryashov", "Toshimi Arata", "Kamila Červinková", "Zizi Kónya", "Lara Pottinger", "Erik Baader",
         "Dreux Joly", "Jamie Pratt", "Julieta S Almeida", "Silvia J Křenová", "Christophe Björklund", "Megan Carey",
         "Allan Björk", "Selina Eldarkhanov", "aksel kristensen", "emidio p lombardo garcia-smith", "Katrina Mota",
         "Nguyen Van An", "Ayşe Yılmaz", "Budi Santoso", "Иван Петров", "José Luis Pérez"]
ORGS = ["Enigmaio", "Paxata", "Knowledge Agency", "Smith Ltd.", "Scale Unlimited", "stillwater supercomputing inc."]
ADDRESSES = ["5850 Jana Nerudy 894", "3247 Rua Igreja 25 Apt. 236 Ribeirão Portugal 30971",
             "PSC 3294, Box 9168 APO AA 61487", "233 Erzsébet tér 19. Suite 282 Domoszló Hungary 34796",
             "72 Acheron Road Apt. 237 BUNDALAGUAH VIC", "Kaevu 94 Nicosia , NI 61089", "Av. Paulista 1000, São Paulo",
             "Calle Mayor 5, Madrid", "Jl. Sudirman 10, Jakarta"]
TEMPLATES = [
    "{n} Talking-books clerk Personal Info: Phone: {p} E-mail: x@jourrapide.com Website: example.com Address: {a}.",
    "They're not answering at {p}", "Date: 1978-04-13 12:20:39 Name: {n} Phone: {p}",
    "I would like to stop receiving messages to {p}", "{n} {o} {a} Mobile: {p} Desk: {q} Fax: {r}",
    "I have done an online order but didn't get any message on my registered {p}. Could you please look into it ?",
    "{n} {a} {p}-Office\\,{q}-Fax", "{n} {o} {a} {p} office {q} fax {r} mobile",
    "Can someone call me on {p}? I have some questions about opening an account.",
    "Please have the manager call me at {p} I'd like to join accounts with ms. {n}",
]


def e164(raw: str, region: str) -> str:
    num = phonenumbers.parse(raw, region)
    assert phonenumbers.is_valid_number(num) or _fictional(num), raw
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--show", action="store_true", help="print the sentences read wrong")
    args = ap.parse_args()
    numbers = [(raw, e164(raw, region)) for raw, region in NUMBERS]
    rng = random.Random(7)
    tp = fp = fn = 0
    for _ in range(args.n):
        template = rng.choice(TEMPLATES)
        picked = rng.sample(numbers, 3)
        text = template.format(n=rng.choice(NAMES), o=rng.choice(ORGS), a=rng.choice(ADDRESSES),
                               p=picked[0][0], q=picked[1][0], r=picked[2][0])
        want = {e for _, e in picked[:sum(template.count(k) for k in ("{p}", "{q}", "{r}"))]}
        got = set(phones(text))
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        if args.show and got != want:
            print(sorted(got), sorted(want), "|", text)
    print(f"{args.n} sentences, {tp + fn} phones: found {tp}, wrong {fp}, missed {fn}; "
          f"precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")


if __name__ == "__main__":
    main()
