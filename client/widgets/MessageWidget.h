#pragma once

#include <QFrame>

class QLabel;

namespace hms::client {

// A line of feedback at the top of a form: an error, a warning, a note or a
// success, coloured by kind. Its room is kept while it is hidden, so showing
// a message never moves the form below it.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Error, Warning, Information, Positive };

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }

private:
    QLabel *m_text;
    Type m_type = Type::Information;
};

} // namespace hms::client
