package org.reportcycle.opening.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.organization.Unit;

/** The unit tree of the set-up: checking a unit checks its whole sub-tree, unchecking unchecks it. */
class UnitPicker extends TreeGrid<Unit> {

    private final TreeData<Unit> treeData = new TreeData<>();
    private boolean cascading;

    UnitPicker(List<Unit> units, Runnable selectionChanged) {
        setId("unit-tree");
        List<Unit> active = units.stream()
                .filter(Unit::isActive)
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        Set<Long> ids = active.stream().map(Unit::getId).collect(Collectors.toSet());
        Map<Long, List<Unit>> children = active.stream()
                .filter(u -> u.getParentId() != null && ids.contains(u.getParentId()))
                .collect(Collectors.groupingBy(Unit::getParentId));
        List<Unit> roots = active.stream()
                .filter(u -> u.getParentId() == null || !ids.contains(u.getParentId()))
                .toList();
        treeData.addItems(roots, u -> children.getOrDefault(u.getId(), List.of()));
        setTreeData(treeData);
        addHierarchyColumn(Unit::getName)
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(3);
        addColumn(u -> getTranslation(u.getLevel().messageKey())).setHeader(getTranslation("dashboard.level"));
        addColumn(Unit::getCode).setHeader(getTranslation("people.code"));
        setSelectionMode(Grid.SelectionMode.MULTI);
        setHeight("20rem");
        asMultiSelect().addSelectionListener(e -> {
            if (cascading) {
                return;
            }
            cascading = true;
            try {
                e.getAddedSelection().forEach(u -> descendants(u).forEach(this::select));
                e.getRemovedSelection().forEach(u -> descendants(u).forEach(this::deselect));
            } finally {
                cascading = false;
            }
            selectionChanged.run();
        });
    }

    private List<Unit> descendants(Unit unit) {
        List<Unit> found = new ArrayList<>();
        for (Unit child : treeData.getChildren(unit)) {
            found.add(child);
            found.addAll(descendants(child));
        }
        return found;
    }
}
