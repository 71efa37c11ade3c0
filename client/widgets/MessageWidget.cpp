#include "MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace hms::client {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text);
    // Room for three lines, kept while hidden: the form below stays put.
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    if (text.isEmpty()) {
        hideMessage();
        return;
    }
    m_type = type;
    static const struct
    {
        const char *background;
        const char *border;
        const char *colour;
    } styles[] = {{"#fef2f2", "#fecaca", "#991b1b"},
                  {"#fffbeb", "#fde68a", "#92400e"},
                  {"#eff6ff", "#bfdbfe", "#1e3a8a"},
                  {"#f0fdf4", "#bbf7d0", "#166534"}};
    const auto &style = styles[int(type)];
    setStyleSheet(
        QStringLiteral("QFrame#messageWidget { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; } QLabel { color: %3; }")
            .arg(QLatin1String(style.background), QLatin1String(style.border), QLatin1String(style.colour)));
    m_text->setText(text);
    setToolTip(text);
    show();
}

void MessageWidget::hideMessage()
{
    m_text->clear();
    setToolTip({});
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

} // namespace hms::client
