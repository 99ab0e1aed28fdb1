package org.portico.demo.internal;

import org.portico.console.ReplyMacros;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three reply macros, in English and Chinese, so that the reply composer has something to offer.
 */
@Component
@Order(50)
class DemoMacros implements DemoContribution {

    private final ReplyMacros macros;

    DemoMacros(ReplyMacros macros) {
        this.macros = macros;
    }

    @Override
    public void load(DemoContext demo) {
        PorticoUser author = new PorticoUser(demo.agentIds().get(0), "staff@example.com",
                "Staff", Role.AGENT, null, "en", null);
        macros.add(author, "Thanks, looking into it", """
                Hello {first_name},

                Thank you for writing to Tallybird. I am looking into case {case_number} and \
                will get back to you today.

                {agent_name}""", "en");
        macros.add(author, "Solved, please confirm", """
                Hello {first_name},

                The problem in case {case_number} should be fixed now. Could you check and \
                let us know? If we do not hear from you, the case will close in a few days.

                {agent_name}""", "en");
        macros.add(author, "感谢来信", """
                {customer_name}，您好：

                感谢您联系 Tallybird。我们正在处理工单 {case_number}，今天内会回复您。

                {agent_name}""", "zh-CN");
    }
}
