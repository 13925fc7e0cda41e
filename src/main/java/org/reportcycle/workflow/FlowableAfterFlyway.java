package org.reportcycle.workflow;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway must migrate our tables before Flowable creates its own: Flyway refuses to baseline a schema
 * that already holds tables. Makes the process engine depend on the Flyway initializer, and on the cluster lock
 * under which it is built ({@link EngineStartLock}).
 */
@Component
class FlowableAfterFlyway implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        if (!factory.containsBeanDefinition("processEngine") || !factory.containsBeanDefinition("flywayInitializer")) {
            return;
        }
        BeanDefinition engine = factory.getBeanDefinition("processEngine");
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 2);
        extended[dependsOn.length] = "flywayInitializer";
        extended[dependsOn.length + 1] = EngineStartLock.BEAN;
        engine.setDependsOn(extended);
        if (factory.containsBeanDefinition(EngineStartLock.BEAN)) {
            factory.getBeanDefinition(EngineStartLock.BEAN).setDependsOn("flywayInitializer");
        }
    }
}
