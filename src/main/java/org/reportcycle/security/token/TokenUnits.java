package org.reportcycle.security.token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The units a token may reach: each chosen unit with its sub-tree, expanded once when the token is issued. */
@Component
class TokenUnits {

    private final OrganizationService organization;

    TokenUnits(OrganizationService organization) {
        this.organization = organization;
    }

    Set<Long> subTrees(Set<Long> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<Long>> children = new HashMap<>();
        Set<Long> known = new HashSet<>();
        for (Unit u : organization.allUnits()) {
            known.add(u.getId());
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>())
                        .add(u.getId());
            }
        }
        Set<Long> reach = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        for (Long root : roots) {
            if (!known.contains(root)) {
                throw new NotFoundException("error.unitNotFound", root);
            }
            todo.add(root);
        }
        while (!todo.isEmpty()) {
            Long next = todo.poll();
            if (reach.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return reach;
    }
}
