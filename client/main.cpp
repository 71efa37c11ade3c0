#include "app/ClientMain.h"

int main(int argc, char **argv)
{
    return hms::client::clientMain(argc, argv);
}
