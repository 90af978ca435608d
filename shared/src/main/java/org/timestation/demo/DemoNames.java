package org.timestation.demo;

/** Invented names and places for demo residents (no real person). */
final class DemoNames {
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    static final String[] GIVEN = {"秀英", "桂兰", "建国", "淑珍", "志强", "玉兰", "国华", "丽娟", "文彬", "海燕", "德明", "春梅", "立新",
        "晓东", "凤英", "宏伟", "金花", "振华", "雪梅", "永明", "静", "磊", "敏", "洋", "娜", "涛", "婷", "杰"};
    static final String[] REGIONS = {"110105", "310104", "440106", "330106", "510107"};
    static final String COMPOUND = "幸福里小区";
    static final String[] ACTIVITIES = {"邻里茶话会", "端午包粽子", "现金流游戏", "中秋赏月会", "健康讲座", "重阳登高", "新春写福字"};
    static final String[] GIFT_MEMOS = {"给孙女", "给儿子", "谢谢帮忙", "家庭转赠", "代际传承"};

    private DemoNames() {
    }
}
