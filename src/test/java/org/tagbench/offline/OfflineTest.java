package org.tagbench.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.cli.TagbenchCli;
import org.tagbench.testsupport.Slow;

/**
 * Tagbench needs no network: `tagbench doctor`, which loads the PyTorch engine, runs in a child JVM whose HTTP, HTTPS
 * and SOCKS proxies all point at a local trap that counts and refuses every connection. A control child that does
 * fetch a URL shows the trap catches requests; the doctor must pass with the trap untouched.
 */
@Slow
class OfflineTest {
    @TempDir
    Path temp;

    private ServerSocket trap;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void openTrap() throws IOException {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!trap.isClosed()) {
                try (Socket connection = trap.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "proxy-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    @Test
    void theTrapCatchesARequestFromAChildJvm() throws Exception {
        ChildResult result = runChild(FetchUrl.class.getName(), "http://example.com/");
        assertTrue(connections.get() >= 1, "the control request never reached the trap: " + result.output());
    }

    @Test
    void doctorLoadsEverythingWithoutTouchingTheNetwork() throws Exception {
        ChildResult result = runChild(TagbenchCli.class.getName(), "doctor");
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("ok   deep learning   PyTorch"), result.output());
        assertEquals(0, connections.get(), "connections attempted while offline; output:\n" + result.output());
    }

    record ChildResult(int exitCode, String output) {}

    private ChildResult runChild(String mainClass, String... args) throws IOException, InterruptedException {
        String port = Integer.toString(trap.getLocalPort());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.net.useSystemProxies=false",
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port,
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + port,
                // Plain sockets go through SOCKS when it is set, so raw connections are caught too.
                "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=" + port,
                // The default nonProxyHosts would let some hosts bypass the proxy; let nothing bypass it.
                "-Dhttp.nonProxyHosts=", "-Dai.djl.offline=true",
                "-Dtagbench.data=" + temp.resolve("data"), "-Djava.io.tmpdir=" + temp,
                mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        return new ChildResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
