package org.inclusionscan.server.service;

/** The demo scans, for tests in other packages. */
public final class DemoDataAccess {

    private DemoDataAccess() {
    }

    public static byte[] scan(String name) {
        return DemoData.read(name);
    }
}
