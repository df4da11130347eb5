package org.tagbench.cli;

public final class TagbenchCli {
    public static void main(String[] args) {
        System.out.println("tagbench");
    }
}
