package org.policykg;

public final class Neo4jLocal {
    public static void main(String[] args) {}
}
