package org.touchmap.analysis;

import java.util.List;

/**
 * A chain the customer is likely to leave: somewhere along it, two or more negative touchpoints
 * follow each other.
 *
 * @param chainId the chain
 * @param name    its name
 * @param runs    each run of two or more consecutive negative touchpoint ids, in the chain's order
 */
public record BrokenChain(String chainId, String name, List<List<String>> runs) {
    public BrokenChain {
        runs = runs.stream().map(List::copyOf).toList();
    }
}
