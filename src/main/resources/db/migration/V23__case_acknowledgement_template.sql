-- The acknowledgement sent when a case arrives by email (or is logged from a phone call):
-- the case number in the subject lets the customer's answer thread onto the case.
INSERT INTO mail_template (template_key, language, subject, body) VALUES
('acknowledgement', 'en', '[#{case_number}] {subject}',
 'Hello {customer_name},

We have received your message and opened case {case_number} "{subject}".
We will answer as soon as we can.

Reply to this email to add to your case, or follow it at {link}.'),
('acknowledgement', 'zh', '[#{case_number}] {subject}',
 '{customer_name}，您好：

我们已收到您的来信，并为您创建了工单 {case_number}“{subject}”。
我们会尽快答复。

直接回复此邮件即可补充内容，或在 {link} 查看您的工单。');
