package org.inclusionscan.server.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.io.Connection;

/**
 * At most so many open connections per client address: one more is closed as soon as it opens.
 * Set high enough for a team behind one office router (each phone holds a live stream and a
 * browser opens a few connections), low enough that one address cannot hold all of them.
 */
final class ConnectionsPerAddress implements Connection.Listener {

    private final int max;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /**
     * The address of every connection counted, kept from its opening: by the time a connection is closed, its
     * channel is closed too and no longer knows its remote address (Jetty's endpoint then says null), so a count
     * taken back by that address would never be taken back, and an address would be shut out for good after
     * {@code max} connections over the server's life (found in issue 25, stop 29).
     */
    private final ConcurrentHashMap<Connection, InetAddress> counted = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        counted.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > max) {
            refused.increment();
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.compute(address, (key, count) -> count == null || count <= 1 ? null : count - 1);
        }
    }

    /** Connections closed at once because their address had too many open. */
    long refused() {
        return refused.sum();
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
