#include "Text.h"

#include <QCoreApplication>

namespace hms::text {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::Text)
};

// Default_Ignorable_Code_Point (Unicode DerivedCoreProperties) that are not
// format characters, plus the braille blank: they render as nothing.
bool isIgnorable(char32_t c)
{
    return c == 0x034F || c == 0x115F || c == 0x1160 || (c >= 0x17B4 && c <= 0x17B5) ||
        (c >= 0x180B && c <= 0x180F) || c == 0x2800 || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) ||
        c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
        (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

bool isInvisible(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format || isIgnorable(c);
}

// A leading U+FEFF reads as a byte order mark: Qt's UTF-8 decoding, its JSON
// parser's included, drops it, so such a text would not read back as written.
bool startsWithByteOrderMark(QStringView text)
{
    return text.startsWith(QChar(0xFEFF));
}

bool isControl(char16_t c, Lines lines)
{
    if (lines == Lines::Multi && (c == u'\t' || c == u'\n' || c == u'\r'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}
} // namespace

qsizetype length(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

bool isBlank(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!isInvisible(c))
            return false;
    }
    return true;
}

bool hasControlCharacter(QStringView text, Lines lines)
{
    for (const QChar c : text) {
        if (isControl(c.unicode(), lines))
            return true;
    }
    return false;
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

bool isClean(QStringView text, Lines lines)
{
    return !hasControlCharacter(text, lines) && !hasLoneSurrogate(text) && !startsWithByteOrderMark(text);
}

void characters(ValidationErrors &errors, const QString &field, const QString &value, Lines lines)
{
    if (hasLoneSurrogate(value))
        errors.add(field, Tr::tr("must be valid Unicode text (it holds a lone surrogate)"));
    if (startsWithByteOrderMark(value))
        errors.add(field, Tr::tr("must not start with U+FEFF (a byte order mark)"));
    if (hasControlCharacter(value, lines))
        errors.add(field,
                   lines == Lines::Multi
                       ? Tr::tr("must not contain control characters other than tab and line breaks")
                       : Tr::tr("must not contain control characters, tabs or line breaks"));
}

void optional(ValidationErrors &errors, const QString &field, const QString &value, Rule rule)
{
    if (value.isNull())
        return;
    characters(errors, field, value, rule.lines);
    if (rule.maxLength > 0 && length(value) > rule.maxLength)
        errors.add(field, Tr::tr("must be at most %1 characters").arg(rule.maxLength));
}

void required(ValidationErrors &errors, const QString &field, const QString &value, Rule rule)
{
    if (isBlank(value)) {
        errors.add(field, Tr::tr("is required"));
        return;
    }
    optional(errors, field, value, rule);
}

} // namespace hms::text
