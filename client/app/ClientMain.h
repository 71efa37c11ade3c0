#pragma once

namespace hms::client {

int clientMain(int argc, char **argv);

} // namespace hms::client
