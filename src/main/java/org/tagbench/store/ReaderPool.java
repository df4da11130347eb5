package org.tagbench.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Connections that only read, each lent to one caller at a time and opened as needed, up to a few. In WAL mode a
 * reader sees the last commit and never waits for the writer, so a long read (a run's predictions, every clip)
 * does not hold up a decision, and a decision does not hold up the browser.
 */
final class ReaderPool implements AutoCloseable {
    private final String url;
    private final int maxConnections;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final List<Connection> opened = new ArrayList<>();

    ReaderPool(String url, int maxConnections) {
        this.url = url;
        this.maxConnections = maxConnections;
    }

    Connection take() throws SQLException {
        Connection connection = idle.pollFirst();
        if (connection != null) {
            return connection;
        }
        synchronized (opened) {
            if (opened.size() < maxConnections) {
                connection = open();
                opened.add(connection);
                return connection;
            }
        }
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    void give(Connection connection) {
        idle.offerFirst(connection);
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        synchronized (opened) {
            for (Connection connection : opened) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            opened.clear();
            idle.clear();
        }
        if (first != null) {
            throw first;
        }
    }
}
