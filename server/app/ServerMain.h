#pragma once

namespace hms::server {

// The whole hms-server command line: serve, migrate, user add.
int serverMain(int argc, char **argv);

} // namespace hms::server
