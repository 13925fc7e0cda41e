package org.reportcycle.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.Step;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's progress drawn on the process diagram (SVG from the model's BPMN DI): the steps done, the current
 * step and the flows the report took are highlighted. Names are in the viewer's language: a user task by its
 * step's name, other nodes and flows by the key {@code diagram.<id>} (the model's own Chinese name if absent).
 * The same access as reading the report.
 */
@Service
@Transactional(readOnly = true)
public class ProcessDiagram {

    private static final String SEQUENCE_FLOW = "sequenceFlow";

    private final ReportLifecycle reports;
    private final AccessGuard guard;
    private final RepositoryService repository;
    private final HistoryService history;
    private final TaskService tasks;
    private final MessageSource messages;
    private final ConcurrentHashMap<String, BpmnModel> models = new ConcurrentHashMap<>();

    public ProcessDiagram(
            ReportLifecycle reports,
            AccessGuard guard,
            RepositoryService repository,
            HistoryService history,
            TaskService tasks,
            MessageSource messages) {
        this.reports = reports;
        this.guard = guard;
        this.repository = repository;
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The report's process as SVG, its path highlighted; the bare process if it has not started. */
    public String svg(Long reportId, Locale locale) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        String pid = report.getProcessInstanceId();
        HistoricProcessInstance instance = pid == null
                ? null
                : history.createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult();
        if (instance == null) {
            return blank(locale);
        }
        BpmnModel model = models.computeIfAbsent(instance.getProcessDefinitionId(), this::asWritten);
        Set<String> done = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(pid)
                .list()) {
            if (SEQUENCE_FLOW.equals(a.getActivityType())) {
                taken.add(a.getActivityId());
            } else if (a.getEndTime() != null) {
                done.add(a.getActivityId());
            }
        }
        Set<String> current = new HashSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(pid).list()) {
            current.add(task.getTaskDefinitionKey());
        }
        return DiagramSvg.write(
                model, new DiagramSvg.Highlight(done, current, taken), e -> label(e, locale), title(model, locale));
    }

    /** The process without a report: the diagram of the README and of a report not yet started. */
    public String blank(Locale locale) {
        BpmnModel model = models.computeIfAbsent(
                "latest",
                k -> asWritten(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(WorkflowService.PROCESS_KEY)
                        .latestVersion()
                        .singleResult()
                        .getId()));
        return DiagramSvg.write(model, DiagramSvg.Highlight.NONE, e -> label(e, locale), title(model, locale));
    }

    /**
     * The model as the deployed file has it. Not the engine's cached model: in the application that deployed the
     * process, that one has had its edges' waypoints moved to the shapes' borders at deploy time, so the same
     * definition would be drawn differently depending on which application deployed it.
     */
    private BpmnModel asWritten(String processDefinitionId) {
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            return new BpmnXMLConverter().convertToBpmnModel(() -> xml, false, false, StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String title(BpmnModel model, Locale locale) {
        return messages.getMessage("diagram.title", null, model.getMainProcess().getName(), locale);
    }

    private String label(FlowElement element, Locale locale) {
        if (element instanceof UserTask task) {
            var step = Step.ofTaskKey(task.getId());
            if (step.isPresent()) {
                return messages.getMessage(step.get().messageKey(), null, task.getName(), locale);
            }
        }
        return messages.getMessage("diagram." + element.getId(), null, element.getName(), locale);
    }
}
