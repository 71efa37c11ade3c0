// Timing harness: how long after the Patients tab is shown do its first rows
// appear? Signs in, shows the real tab (offscreen platform), and prints JSON.
//   hms-bench-first-rows URL USERNAME PASSWORD [RUNS]
#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "views/PatientsTab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: hms-bench-first-rows URL USERNAME PASSWORD [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 4 ? args[4].toInt() : 10;
    hms::client::ApiClient api;
    api.setServer(QUrl(args[1]));
    bool signedIn = false;
    api.login(args[2], args[3], &app, [&](const hms::client::ApiResult &r) { signedIn = r.ok(); });
    if (!QTest::qWaitFor([&] { return signedIn; }, 10000))
        return 1;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        hms::client::PatientsTab tab(api, hms::Role::Receptionist);
        tab.resize(1200, 700);
        tab.show();
        if (!QTest::qWaitFor([&] { return tab.model()->rowCount() > 0; }, 10000))
            return 1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"runs\": %d, \"median_ms\": %.1f, \"max_ms\": %.1f}\n", runs, times[times.size() / 2],
                times.last());
    return 0;
}
