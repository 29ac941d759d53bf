#pragma once

#include <QString>

namespace plumbline {

/// The source encodings readers detect and writers reproduce. Cells are always stored as UTF-8.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

/// "UTF-8", "UTF-16LE", "windows-1252", ... (IANA-style names, as shown in the status bar and `info`).
QString textEncodingName(TextEncoding encoding);
/// Parses a name as the user would type it on the command line ("utf8", "cp1252", "latin1"); false if
/// unknown.
bool parseTextEncoding(const QString& name, TextEncoding* encoding);

/// How records end in a text file; Mixed when more than one kind was seen.
enum class LineEnding { LF, CRLF, CR, Mixed, None };
QString lineEndingName(LineEnding ending);

} // namespace plumbline
