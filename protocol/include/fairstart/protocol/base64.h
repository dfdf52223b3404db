// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace fairstart::protocol {

// Standard, padded base64 in its one canonical spelling: what QByteArray::toBase64 writes (a
// length that is a multiple of 4, only the alphabet, '=' only as the last one or two characters,
// the bits the padding leaves unused zero). The generic JSON reader decodes its strings through
// these (UTF-16), the client's direct reader of round answers the answer's bytes (ASCII); one pass,
// no allocation (tst_study_codec::strictBase64AsQt: the same set of texts as decoding with Qt and
// comparing the bytes' encoding to the text).

// The number of bytes the `n` characters of `text` decode to if they are canonical base64; -1 when
// n is not a multiple of 4 (the characters themselves are checked by decodeCanonicalBase64).
qsizetype canonicalBase64Size(const char *text, qsizetype n);
qsizetype canonicalBase64Size(const char16_t *text, qsizetype n);

// Decodes the `n` characters of `text` into `out`, which holds canonicalBase64Size(text, n) bytes.
// False for any other spelling: a character outside the alphabet, a '=' inside, bits set beyond
// the last byte (`out` then holds some of the bytes).
bool decodeCanonicalBase64(const char *text, qsizetype n, unsigned char *out);
bool decodeCanonicalBase64(const char16_t *text, qsizetype n, unsigned char *out);

} // namespace fairstart::protocol
