#include "app/ServerMain.h"

int main(int argc, char **argv)
{
    return hms::server::serverMain(argc, argv);
}
