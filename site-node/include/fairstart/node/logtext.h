// SPDX-License-Identifier: GPL-3.0-or-later
// Text that goes into the node's log (stderr, the journal). Anything a client or a file controls
// (a path, a query, a header, a user name, a policy value) may carry control characters that
// would start a new log line, move the cursor of a terminal or hide text; logSafe makes such text
// printable and one line long.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fairstart::node {

// The UTF-8 bytes with every byte that could break or disguise a log line written as \xNN (two
// lower-case hex digits) and a backslash as \\ (so that an escape in the input cannot pass for
// one of ours). Escaped: C0 controls (\n, \r, \t, ESC ...), DEL, C1 controls (U+0080..U+009F),
// the Unicode line and paragraph separators (U+2028, U+2029), the bidirectional overrides and
// isolates (U+202A..U+202E, U+2066..U+2069), and each byte of invalid UTF-8 (overlong forms,
// surrogates, truncated sequences, code points beyond U+10FFFF). Everything else, printable
// UTF-8 included, is kept as it is.
QByteArray logSafe(QByteArrayView bytes);
QByteArray logSafe(const QString &text);

} // namespace fairstart::node
