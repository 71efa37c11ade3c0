// A fuzz target without libFuzzer: runs LLVMFuzzerTestOneInput over the files
// named (or every file in the folders named), so that the seed corpora and
// any input a fuzzer once broke are checked by every build, with any compiler.
// A broken invariant aborts, which fails the test.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::printf("%s\n", qUtf8Printable(path));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                               static_cast<std::size_t>(input.size()));
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no input\n");
        return 1;
    }
    std::printf("%lld passed, 0 failed\n", static_cast<long long>(files.size()));
    return 0;
}
