package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * A step feature's decision buttons in the report workspace. Implementations are Spring beans that build
 * new components on every call; the services behind the buttons check the caller again.
 */
public interface StepActions {

    /** The buttons for the caller at the report's current step; empty when the step is not theirs. */
    List<Component> actions(WorkspaceContext context);
}
