#pragma once

#include "ValidationErrors.h"

#include <QString>
#include <QStringView>

// The rules every text field of the API shares, so that each is written once
// and a form and the server apply the same ones.
namespace hms::text {

// Multi-line fields (notes, an address) may hold tab and line breaks; no
// other field may hold a control character.
enum class Lines { Single, Multi };

// Characters as the contract counts them: code points, so an emoji is one.
qsizetype length(QStringView text);

// Empty, or nothing but white space and characters that show nothing
// (format characters such as U+200B, other default-ignorable code points).
bool isBlank(QStringView text);

// A C0 control, DEL or a C1 control (tab, CR and LF allowed in Multi).
bool hasControlCharacter(QStringView text, Lines lines);

// A UTF-16 surrogate without its pair: no Unicode text holds one.
bool hasLoneSurrogate(QStringView text);

// Neither a control character, a lone surrogate nor a leading U+FEFF (which
// UTF-8 decoding drops as a byte order mark): safe to keep and to show.
bool isClean(QStringView text, Lines lines = Lines::Single);

struct Rule
{
    int maxLength = 0; // in characters (code points)
    Lines lines = Lines::Single;
};

// A text that must be given: blank is "is required"; then as optional().
void required(ValidationErrors &errors, const QString &field, const QString &value, Rule rule);
// A text that may be absent (a null QString); when given it must be clean and
// no longer than rule.maxLength characters.
void optional(ValidationErrors &errors, const QString &field, const QString &value, Rule rule);
// Only the characters (no length): for texts whose length rule lives elsewhere.
void characters(ValidationErrors &errors, const QString &field, const QString &value,
                Lines lines = Lines::Single);

} // namespace hms::text
