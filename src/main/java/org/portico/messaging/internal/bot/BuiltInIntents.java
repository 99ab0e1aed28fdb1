package org.portico.messaging.internal.bot;

import java.util.List;

/**
 * The intents every installation starts with, and sentences that belong to none of them
 * (questions for the knowledge base, small talk): those train the {@code oos} class, so that
 * the bot does not force every question into a task.
 */
final class BuiltInIntents {

    /** A built-in intent before it is stored. */
    record Definition(String name, BotTask task, List<String> phrasesEn, List<String> phrasesZh) {
    }

    static final List<Definition> ALL = List.of(
            new Definition("greeting", BotTask.GREETING, List.of(
                    "hello", "hi", "hi there", "hey", "good morning", "good afternoon",
                    "good evening", "hello, is anyone there?", "hey bot", "greetings",
                    "howdy", "hi, I need some help"),
                    List.of("你好", "您好", "嗨", "早上好", "下午好", "晚上好", "在吗",
                            "有人在吗", "哈喽", "你好，我需要帮助")),
            new Definition("talk_to_person", BotTask.HAND_OVER, List.of(
                    "talk to a person", "I want to speak to an agent", "human please",
                    "can I talk to a human", "connect me to a real person",
                    "let me speak to someone", "get me an agent", "transfer me to support staff",
                    "I need a human", "speak to customer service", "representative",
                    "live agent please", "I don't want to talk to a bot", "agent"),
                    List.of("转人工", "我要人工客服", "人工客服", "我想和真人说话", "找客服",
                            "请转接人工", "我要找人工", "联系客服人员", "不要机器人", "人工服务")),
            new Definition("case_status", BotTask.CASE_STATUS, List.of(
                    "what is the status of my case", "any update on my case",
                    "where is my ticket", "has anyone answered my case yet",
                    "check my support request", "status of my ticket",
                    "is my case solved", "what happened to my support case",
                    "my open cases", "follow up on my request"),
                    List.of("我的工单状态", "我的工单进展如何", "查询工单", "我的问题处理得怎么样了",
                            "工单有回复了吗", "查看我的工单", "我的请求现在什么状态", "工单处理进度")),
            new Definition("open_case", BotTask.OPEN_CASE, List.of(
                    "open a case", "I want to open a support case", "create a ticket",
                    "report a problem", "file a complaint", "submit a support request",
                    "log an issue", "raise a ticket for me", "new case", "I want to report a bug"),
                    List.of("提交工单", "我要开工单", "创建工单", "报告问题", "我要投诉",
                            "新建支持请求", "帮我提交一个问题", "反馈故障")),
            new Definition("reset_password", BotTask.RESET_PASSWORD, List.of(
                    "reset my password", "I forgot my password", "change my password",
                    "I can't sign in", "I cannot log in to my account", "password not working",
                    "locked out of my account", "how do I recover my password",
                    "new password please", "my login does not work"),
                    List.of("重置密码", "我忘记密码了", "修改密码", "登录不了", "无法登录账户",
                            "密码不对", "账户被锁定", "找回密码", "怎么改密码")),
            new Definition("order_status", BotTask.ORDER_STATUS, List.of(
                    "where is my order", "order status", "has my order shipped",
                    "status of order SO-000123", "when will my order be fulfilled",
                    "did you confirm my order", "track my purchase", "what happened to my order",
                    "is my order confirmed", "check my recent orders"),
                    List.of("我的订单状态", "订单到哪了", "查询订单", "我的订单确认了吗",
                            "订单什么时候处理", "查看最近的订单", "订单进度", "我的订单发货了吗")));

    static final List<String> OUT_OF_SCOPE = List.of(
            "how do I create a budget", "how do I import a bank statement",
            "what is a piggy bank", "how do I export my transactions to excel",
            "can I split a transaction", "how do recurring bills work",
            "what currencies do you support", "how do I add a new account",
            "how do I set up payroll", "what is sales tax", "tell me a joke",
            "what's the weather like today", "who won the game last night",
            "play some music", "what is the meaning of life", "book a flight to paris",
            "how tall is mount everest", "what time is it", "recommend a good movie",
            "I like turtles", "asdf", "ok", "thanks", "what can you do",
            "如何创建预算", "怎么导入银行账单", "讲个笑话", "今天天气怎么样", "支持哪些货币",
            "怎么导出交易记录", "播放音乐", "推荐一部电影", "谢谢", "好的");

    private BuiltInIntents() {
    }
}
