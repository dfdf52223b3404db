#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent check of Fairstart's signed messages (docs/protocol.md, "The canonical form
that is signed"): canonicalises JSON by the documented rules (RFC 8785) with nothing but Python's
standard library, and verifies Ed25519 signatures with the OpenSSL 3 command line
(`openssl pkeyutl -verify -rawin`), never with libsodium or Qt.

    jcs_verify.py CASE_DIR [--openssl PATH]

CASE_DIR/cases.json lists the cases: {"cases": [{"name", "kind": "manifest" | "contribution",
"document": file of the message as sent (any JSON layout), "canonical": file of the bytes the C++
side signed, "public_key": base64 Ed25519 key, "signature": base64, "study": the studyHash the C++
side computed (manifests)}]}. For each case this prints one JSON object with the verdicts
{"canonical": the bytes computed here equal the C++ bytes, "signature": OpenSSL accepts the
signature over domain + "\\n" + the bytes computed here (a manifest that says "signature":
"sha256": over "fairstart/v2/manifest-sha256" + "\\n" + the 32-byte SHA-256 of those bytes), "hash": "sha256:" + hex SHA-256 of those
bytes equals the C++ studyHash}. The exit status is 0 when every verdict of every case is true.
"""

import argparse
import base64
import decimal
import hashlib
import json
import os
import subprocess
import sys
import tempfile

DOMAINS = {
    "manifest": b"fairstart/v2/manifest",
    "contribution": b"fairstart/v2/contribution",
}
# A manifest with "signature": "sha256" is signed over the SHA-256 of its canonical bytes.
MANIFEST_DIGEST_DOMAIN = b"fairstart/v2/manifest-sha256"
# DER SubjectPublicKeyInfo of an Ed25519 key (RFC 8410): this prefix, then the 32 key bytes.
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def number(x):
    """ECMAScript Number::toString of a double (RFC 8785 section 3.2.2.3)."""
    x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    # repr gives the shortest digits that read back as the same double.
    digits_tuple, exponent = decimal.Decimal(repr(abs(x))).as_tuple()[1:]
    digits = "".join(str(d) for d in digits_tuple)
    stripped = digits.rstrip("0")
    exponent += len(digits) - len(stripped)
    digits = stripped.lstrip("0")
    k = len(digits)
    n = k + exponent  # the value is 0.digits * 10^n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
        e = n - 1
        text = mantissa + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + text


SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n",
                 "\f": "\\f", "\r": "\\r"}


def string(s):
    out = ['"']
    for ch in s:
        cp = ord(ch)
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif cp < 0x20 or 0xD800 <= cp <= 0xDFFF:
            # Control characters, and lone surrogates (Fairstart's one addition to RFC 8785).
            out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def utf16_key(key):
    return key.encode("utf-16-be", "surrogatepass")


def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=utf16_key)
        return "{" + ",".join(string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise TypeError("unexpected JSON value %r" % (value,))


def canonical_bytes(value):
    # Lone surrogates were escaped above, so the text encodes to UTF-8 without error.
    return canonical(value).encode("utf-8")


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key in an object")
    return dict(pairs)


def refuse_constant(name):
    raise ValueError("%s is not JSON" % name)


def load(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=refuse_constant)


def openssl_verify(openssl, public_key, message, signature):
    with tempfile.TemporaryDirectory() as tmp:
        key_path = os.path.join(tmp, "key.der")
        message_path = os.path.join(tmp, "message")
        signature_path = os.path.join(tmp, "signature")
        with open(key_path, "wb") as f:
            f.write(ED25519_SPKI_PREFIX + public_key)
        with open(message_path, "wb") as f:
            f.write(message)
        with open(signature_path, "wb") as f:
            f.write(signature)
        result = subprocess.run(
            [openssl, "pkeyutl", "-verify", "-pubin", "-inkey", key_path, "-keyform", "DER",
             "-rawin", "-in", message_path, "-sigfile", signature_path],
            capture_output=True, check=False)
        return result.returncode == 0 and b"Signature Verified Successfully" in result.stdout


def check(case, directory, openssl):
    kind = case["kind"]
    document = load(os.path.join(directory, case["document"]))
    signed = document["manifest"] if kind == "manifest" else document["contribution"]
    mine = canonical_bytes(signed)
    with open(os.path.join(directory, case["canonical"]), "rb") as f:
        theirs = f.read()
    public_key = base64.b64decode(case["public_key"], validate=True)
    if kind == "manifest":
        signature = base64.b64decode(case["signature"], validate=True)
    else:
        signature = base64.b64decode(document["signature"], validate=True)
    message = DOMAINS[kind] + b"\n" + mine
    if kind == "manifest" and "signature" in signed:
        if signed["signature"] != "sha256":
            raise ValueError("manifest field signature must be \"sha256\"")
        message = MANIFEST_DIGEST_DOMAIN + b"\n" + hashlib.sha256(mine).digest()
    verdict = {
        "name": case["name"],
        "canonical": mine == theirs,
        "signature": openssl_verify(openssl, public_key, message, signature),
        "hash": True,
    }
    if kind == "manifest":
        verdict["hash"] = "sha256:" + hashlib.sha256(mine).hexdigest() == case["study"]
    if not verdict["canonical"]:
        at = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b),
                  min(len(mine), len(theirs)))
        verdict["difference"] = "at byte %d: here %r, C++ %r" % (
            at, mine[max(0, at - 20):at + 20], theirs[max(0, at - 20):at + 20])
    return verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--openssl", default="openssl")
    args = parser.parse_args()
    cases = load(os.path.join(args.directory, "cases.json"))["cases"]
    all_ok = bool(cases)
    for case in cases:
        verdict = check(case, args.directory, args.openssl)
        print(json.dumps(verdict, sort_keys=True))
        all_ok = all_ok and verdict["canonical"] and verdict["signature"] and verdict["hash"]
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
