package org.tagbench.offline;

import java.net.URL;

/** Tries one HTTP request and ignores the outcome: the control that proves {@link OfflineTest}'s trap catches requests. */
public final class FetchUrl {
    private FetchUrl() {}

    public static void main(String[] args) {
        try {
            new URL(args[0]).openConnection().getInputStream().close();
        } catch (Exception refusedAsExpected) {
            System.out.println("request failed: " + refusedAsExpected);
        }
    }
}
