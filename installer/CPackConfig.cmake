# Packaging, included from the top-level CMakeLists.txt.
#
#   Debian/Ubuntu: two packages, hms-server (systemd service) and hms-client
#                  (desktop entry), dependencies from dpkg-shlibdeps:
#                      cpack --config build/release/CPackConfig.cmake -G DEB
#   Windows:       an NSIS installer (or WiX: -G WIX) with the Qt runtime
#                  gathered by windeployqt.
#   macOS:         a DragNDrop disk image of HMS.app with macdeployqt.
# installer/README.md has the steps for each platform.

set(CPACK_PACKAGE_NAME "hms")
set(CPACK_PACKAGE_VENDOR "HMS")
set(CPACK_PACKAGE_CONTACT "HMS maintainers <maintainers@hms-clinic.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://hms-clinic.org")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(HMS_INSTALLER_DIR ${CMAKE_SOURCE_DIR}/installer)

if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    # Only the two products are packaged: no test or benchmark programs.
    set(CPACK_COMPONENTS_ALL server client)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME hms-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    # Qt loads its SQL drivers as plugins, which dpkg-shlibdeps cannot see.
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
    set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql-client")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, postgresql")
    # The summary line is the project's description; this is the paragraph under it.
    set(CPACK_DEBIAN_SERVER_DESCRIPTION "The server: hms-server keeps a clinic's patients, appointments,
medical records and staff accounts, with an audit trail of every read and
change, and serves them over a JSON REST API to the HMS desktop client. It
runs as a systemd service on an embedded SQLite database out of the box, or
as several replicas on one PostgreSQL behind a reverse proxy.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        ${HMS_INSTALLER_DIR}/debian/hms-server/conffiles
        ${HMS_INSTALLER_DIR}/debian/hms-server/postinst
        ${HMS_INSTALLER_DIR}/debian/hms-server/prerm
        ${HMS_INSTALLER_DIR}/debian/hms-server/postrm)

    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME hms-client)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
    # Plugins again: the X11/Wayland platform and the SVG icon engine.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    # Qt's own words (dialog buttons, context menus) in the client's languages.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_CLIENT_DESCRIPTION "The desktop client: receptionists register patients and book
appointments, doctors read and write medical records, and administrators
manage staff accounts and read the audit log, all through an hms-server
over HTTPS.")

    # Files that belong in each package besides the programs.
    set(HMS_PACKAGE_STAGE ${CMAKE_BINARY_DIR}/package-files)
    file(MAKE_DIRECTORY ${HMS_PACKAGE_STAGE})
    foreach(page hms-server.8 hms-client.1)
        execute_process(COMMAND gzip -9 -n -c ${HMS_INSTALLER_DIR}/share/${page}
                        OUTPUT_FILE ${HMS_PACKAGE_STAGE}/${page}.gz)
    endforeach()
    string(TIMESTAMP HMS_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    # Each package's copyright and (native) changelog, as Debian policy asks.
    foreach(component server client)
        set(package hms-${component})
        file(WRITE ${HMS_PACKAGE_STAGE}/${package}.changelog
             "${package} (${PROJECT_VERSION}) stable; urgency=medium\n\n"
             "  * Release ${PROJECT_VERSION}.\n\n"
             " -- ${CPACK_PACKAGE_CONTACT}  ${HMS_PACKAGE_DATE}\n")
        execute_process(COMMAND gzip -9 -n -c ${HMS_PACKAGE_STAGE}/${package}.changelog
                        OUTPUT_FILE ${HMS_PACKAGE_STAGE}/${package}.changelog.gz)
        install(FILES ${HMS_INSTALLER_DIR}/share/copyright
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
        install(FILES ${HMS_PACKAGE_STAGE}/${package}.changelog.gz
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} RENAME changelog.gz COMPONENT ${component})
    endforeach()

    install(FILES ${CMAKE_SOURCE_DIR}/deploy/systemd/hms-server.service
            DESTINATION lib/systemd/system COMPONENT server)
    install(FILES ${HMS_INSTALLER_DIR}/share/server.conf
            DESTINATION /etc/hms COMPONENT server)
    install(FILES ${HMS_PACKAGE_STAGE}/hms-server.8.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT server)

    install(FILES ${HMS_INSTALLER_DIR}/share/hms-client.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT client)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/stethoscope.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps RENAME hms-client.svg
            COMPONENT client)
    install(FILES ${HMS_PACKAGE_STAGE}/hms-client.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT client)
elseif(WIN32 OR APPLE)
    # The client alone, with its Qt runtime (the deploy step in
    # client/CMakeLists.txt); the server runs on Linux. CI builds both with
    # scripts/build-client NSIS (or WIX) and scripts/build-client DragNDrop.
    set(CPACK_COMPONENTS_ALL client)
    set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "HMS desktop client")
    set(CPACK_COMPONENT_CLIENT_DESCRIPTION "Front desk, doctors' and administrators' workspaces for an HMS server.")
    set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "HMS")
    # NSIS and WiX take the licence as .txt (or .rtf): the same terms the Debian packages carry.
    configure_file(${HMS_INSTALLER_DIR}/share/copyright ${CMAKE_BINARY_DIR}/package-files/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/package-files/LICENSE.txt)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS")
        set(CPACK_PACKAGE_FILE_NAME "HMS-${PROJECT_VERSION}-windows-x64")
        set(CPACK_PACKAGE_EXECUTABLES "hms-client" "HMS")
        set(CPACK_NSIS_DISPLAY_NAME "HMS")
        set(CPACK_NSIS_PACKAGE_NAME "HMS ${PROJECT_VERSION}")
        set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
        set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\hms-client.exe")
        set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hms-client.exe")
        set(CPACK_WIX_UPGRADE_GUID "6C1D39B4-0F0E-4C34-9C1B-5E8A2E7A4D21")
        set(CPACK_WIX_PROGRAM_MENU_FOLDER "HMS")
        # The Visual C++ runtime DLLs next to hms-client.exe, so that a front
        # desk PC needs no separate redistributable (windeployqt copies them
        # only when run from a Visual Studio prompt).
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
        include(InstallRequiredSystemLibraries)
    else()
        set(CPACK_GENERATOR "DragNDrop")
        set(CPACK_PACKAGE_FILE_NAME "HMS-${PROJECT_VERSION}-macos")
        set(CPACK_DMG_VOLUME_NAME "HMS")
        set(CPACK_DMG_FORMAT "UDZO") # HMS.app beside a link to /Applications
    endif()
endif()

include(CPack)
