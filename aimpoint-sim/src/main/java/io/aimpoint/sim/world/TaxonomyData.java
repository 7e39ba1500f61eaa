package io.aimpoint.sim.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in category vocabularies. Some nouns deliberately appear in two categories (手表 in
 * electronics and apparel, 奶粉 in baby and food, 保险 in finance, auto and pets, ...) so that a text
 * model has to use context and cannot separate the categories by a single word.
 */
final class TaxonomyData {
  private TaxonomyData() {}

  /** Pairs of related categories: interest in one raises the affinity to the other. */
  static final String[][] RELATED = {
    {"electronics", "games"},
    {"apparel", "beauty"},
    {"apparel", "sports"},
    {"food", "health"},
    {"sports", "health"},
    {"baby", "health"},
    {"baby", "education"},
    {"travel", "finance"},
    {"auto", "finance"},
    {"education", "books"},
    {"home", "pets"},
    {"home", "baby"},
    {"beauty", "health"},
    {"electronics", "home"},
  };

  static List<Category> categories() {
    List<Category> out = new ArrayList<>();
    for (String[] spec : SPECS) {
      out.add(parse(out.size(), spec));
    }
    return List.copyOf(out);
  }

  private static Category parse(int index, String[] s) {
    String[] num = s[3].split(",");
    CategoryTraits traits =
        new CategoryTraits(
            Double.parseDouble(num[0]),
            Long.parseLong(num[1]) * 1_000_000L,
            Double.parseDouble(num[2]),
            Double.parseDouble(num[3]));
    Vocabulary zh = new Vocabulary(s[1], words(s[4]), words(s[6]), words(s[9]));
    Vocabulary en = new Vocabulary(s[2], words(s[5]), words(s[7]), words(s[10]));
    return new Category(s[0], index, zh, en, words(s[8]), traits);
  }

  private static List<String> words(String joined) {
    return Arrays.asList(joined.split("\\|"));
  }

  // id, zh name, en name, "popularity,typicalPriceUnits,bidMultiplier,conversionBias",
  // zh nouns, en nouns, zh adjectives, en adjectives, brands, zh title templates, en templates
  private static final String[][] SPECS = {
    {
      "electronics",
      "数码",
      "Electronics",
      "1.4,1500,1.1,-0.1",
      "手机|笔记本电脑|平板电脑|蓝牙耳机|智能手表|相机|充电宝|显示器|机械键盘|路由器|固态硬盘|游戏本|智能音箱",
      "smartphone|laptop|tablet|wireless earbuds|smartwatch|camera|power bank|monitor|mechanical keyboard"
          + "|wifi router|SSD|gaming laptop|smart speaker",
      "轻薄|高性能|长续航|旗舰|降噪|高刷新率",
      "lightweight|high-performance|long-battery|flagship" + "|noise-cancelling|high-refresh",
      "Voltra|Nexon|PixelPeak|芯动|极客派",
      "{brand}{noun}评测：{adj}体验到底如何|{n}款{adj}{noun}横向对比|{noun}和{noun2}怎么选",
      "{brand} {noun} review: is the {adj} design worth it|{n} {adj} gadgets compared"
          + "|{noun} vs {noun2}: which should you buy"
    },
    {
      "apparel",
      "服装",
      "Apparel",
      "1.3,300,0.9,0.2",
      "连衣裙|牛仔裤|羽绒服|卫衣|衬衫|风衣|运动鞋|跑鞋|手表|围巾|行李箱|西装",
      "dress|jeans|down jacket|hoodie|shirt|trench coat|sneakers|running shoes|watch|scarf"
          + "|suitcase|suit",
      "修身|百搭|复古|简约|宽松|时尚",
      "slim-fit|versatile|vintage|minimalist|oversized|stylish",
      "Luma|Threadly|织梦|衣品|Northwear",
      "{adj}{noun}穿搭指南|今年流行的{n}款{noun}|{brand}{noun}上新，{adj}风格",
      "How to style a {adj} {noun}|{n} {noun} trends this season|{brand} drops a {adj} {noun}"
    },
    {
      "food",
      "食品",
      "Food",
      "1.5,80,0.7,0.4",
      "零食|坚果|咖啡豆|茶叶|牛排|巧克力|奶粉|维生素软糖|火锅底料|方便面|水果礼盒|咖啡机",
      "snacks|mixed nuts|coffee beans|green tea|steak|chocolate|formula milk|vitamin gummies"
          + "|hotpot base|instant noodles|fruit box|coffee maker",
      "香脆|低糖|新鲜|进口|手工|麻辣",
      "crunchy|low-sugar|fresh|imported|handmade|spicy",
      "Savora|味觉家|三只松果|GoodBite|鲜到家",
      "{n}种{adj}{noun}吃法|{brand}{noun}试吃报告|在家做{noun}的{adj}秘诀",
      "{n} ways to enjoy {adj} {noun}|{brand} {noun} taste test|The secret to {adj} {noun} at home"
    },
    {
      "travel",
      "旅游",
      "Travel",
      "1.1,3000,1.2,-0.4",
      "机票|酒店|自由行|跟团游|签证|行李箱|海岛度假|民宿|邮轮|旅行保险|信用卡|景点门票",
      "flights|hotel|self-guided tour|group tour|visa|suitcase|island getaway|guesthouse|cruise"
          + "|travel insurance|credit card|attraction tickets",
      "特价|小众|亲子|说走就走|豪华|深度",
      "cheap|off-the-beaten-path|family|last-minute|luxury" + "|in-depth",
      "TripNova|游侠客|Wanderly|SkyRoute|途乐",
      "{n}天{adj}{noun}攻略|{brand}{noun}限时特价|{adj}旅行必备：{noun}和{noun2}",
      "{n}-day {adj} {noun} guide|{brand} {noun} flash sale|{adj} travel essentials: {noun}"
          + " and {noun2}"
    },
    {
      "sports",
      "运动",
      "Sports",
      "1.1,400,0.9,0.1",
      "跑鞋|瑜伽垫|哑铃|健身卡|自行车|羽毛球拍|篮球|运动手环|泳镜|登山包|蛋白粉|运动鞋",
      "running shoes|yoga mat|dumbbells|gym membership|road bike|badminton racket|basketball"
          + "|fitness tracker|swim goggles|hiking backpack|protein powder|sneakers",
      "专业|轻量|透气|入门|耐磨|高弹",
      "pro|lightweight|breathable|beginner|durable|responsive",
      "Stride|Peakline|动力派|Kinetix|跃动",
      "{adj}{noun}选购指南|{brand}{noun}实测|{n}周练出好身材：{noun}训练计划",
      "Choosing a {adj} {noun}|{brand} {noun} tested|Get fit in {n} weeks with a {noun} plan"
    },
    {
      "beauty",
      "美妆",
      "Beauty",
      "1.2,250,1.0,0.2",
      "口红|粉底液|面膜|精华液|防晒霜|香水|眼影|护肤品|洗面奶|卸妆油|美甲|化妆刷",
      "lipstick|foundation|sheet mask|serum|sunscreen|perfume|eyeshadow|skincare|cleanser"
          + "|makeup remover|nail polish|makeup brush",
      "保湿|持妆|温和|显白|抗老|清爽",
      "hydrating|long-wear|gentle|brightening|anti-aging|fresh",
      "Glowé|花颜|Velvetine|Rosé Lab|玉肌",
      "{brand}{noun}试色|{n}款{adj}{noun}红黑榜|{adj}肌肤的{noun}选择",
      "{brand} {noun} swatches|{n} {adj} {noun} picks ranked|The best {noun} for {adj} skin"
    },
    {
      "baby",
      "母婴",
      "Baby",
      "0.8,200,1.0,0.1",
      "纸尿裤|奶粉|婴儿车|安全座椅|奶瓶|辅食|早教玩具|孕妇装|婴儿床|童书|湿巾|儿童保险",
      "diapers|formula milk|stroller|car seat|baby bottle|baby food|learning toys|maternity wear"
          + "|crib|children's books|baby wipes|child insurance",
      "安全|柔软|有机|防胀气|便携|新生儿",
      "safe|soft|organic|anti-colic|portable|newborn",
      "Bébé|贝乐|TinySteps|宝宝树|Cradle",
      "新手爸妈必看：{adj}{noun}推荐|{brand}{noun}真实测评|宝宝{n}个月该用什么{noun}",
      "New parents: {adj} {noun} picks|{brand} {noun} honest review|Which {noun} at {n} months"
    },
    {
      "auto",
      "汽车",
      "Auto",
      "0.7,150000,1.6,-0.9",
      "新能源车|SUV|轿车|车险|轮胎|行车记录仪|充电桩|汽车贷款|机油|试驾|二手车|车载导航",
      "electric car|SUV|sedan|car insurance|tires|dash cam|home charger|auto loan|motor oil"
          + "|test drive|used car|car navigation",
      "省油|智能|大空间|四驱|续航长|安全",
      "fuel-efficient|smart|spacious|all-wheel-drive" + "|long-range|safe",
      "Motora|驰远|Volten|AutoNest|风行者",
      "{brand}{noun}深度试驾|{n}万预算买什么{adj}{noun}|{noun}还是{noun2}？一文讲清",
      "{brand} {noun} long-term test|Best {adj} {noun} under {n}0k|{noun} or {noun2}? We explain"
    },
    {
      "finance",
      "金融",
      "Finance",
      "0.8,5000,1.8,-0.5",
      "信用卡|基金|理财产品|保险|房贷|股票|养老金|定期存款|黄金|贷款|数字货币|记账应用",
      "credit card|index fund|savings plan|insurance|mortgage|stocks|pension|fixed deposit|gold"
          + "|personal loan|crypto|budgeting app",
      "稳健|低风险|高收益|免年费|灵活|长期",
      "stable|low-risk|high-yield|no-fee|flexible|long-term",
      "Fintra|招财宝|CoinWise|安盈|Ledgerly",
      "{adj}{noun}怎么选|{brand}{noun}年化收益解读|{n}个关于{noun}的常见误区",
      "How to pick a {adj} {noun}|{brand} {noun} returns explained|{n} myths about {noun}"
    },
    {
      "education",
      "教育",
      "Education",
      "0.9,2000,1.4,-0.3",
      "英语课程|考研|编程课|雅思|在线课程|网课|留学|家教|学习机|职业培训|数学辅导|课程",
      "English course|grad school prep|coding bootcamp|IELTS|online course|e-learning|study abroad"
          + "|tutor|learning tablet|job training|math tutoring|course",
      "高效|系统|零基础|名师|一对一|速成",
      "efficient|structured|beginner|expert-led|one-on-one" + "|crash",
      "学而思维|EduPeak|Learnova|新知|MindPath",
      "{adj}{noun}经验分享|{brand}{noun}免费试听|{n}个月搞定{noun}",
      "{adj} {noun}: lessons learned|{brand} {noun} free trial|Master {noun} in {n} months"
    },
    {
      "games",
      "游戏",
      "Games",
      "1.1,150,1.0,0.3",
      "手游|主机游戏|游戏手柄|游戏本|电竞耳机|游戏点卡|角色扮演|Switch|显卡|电竞椅|攻略|皮肤",
      "mobile game|console game|gamepad|gaming laptop|gaming headset|game credits|RPG|Switch"
          + "|graphics card|gaming chair|walkthrough|skins",
      "热血|开放世界|硬核|休闲|多人|经典",
      "epic|open-world|hardcore|casual|multiplayer|classic",
      "PixelForge|游戏狗|Respawn+|星火互娱|NeoArcade",
      "{brand}新作{noun}上手体验|{n}款{adj}{noun}推荐|{noun}全攻略：{adj}玩法",
      "{brand} {noun} hands-on|{n} {adj} games you should play|Complete {noun} guide: {adj} tips"
    },
    {
      "home",
      "家居",
      "Home",
      "1.0,800,0.9,0.0",
      "沙发|床垫|扫地机器人|空气净化器|收纳盒|台灯|四件套|咖啡机|智能音箱|窗帘|电饭煲|绿植",
      "sofa|mattress|robot vacuum|air purifier|storage box|desk lamp|bedding set|coffee maker"
          + "|smart speaker|curtains|rice cooker|houseplants",
      "北欧风|智能|舒适|静音|小户型|高颜值",
      "Nordic|smart|comfortable|quiet|small-space" + "|beautiful",
      "Nestly|宜家居|HomeGlow|暖屋|Cozyo",
      "{adj}{noun}改造灵感|{brand}{noun}开箱|{n}件让家更{adj}的好物",
      "{adj} {noun} makeover ideas|Unboxing the {brand} {noun}|{n} buys for a {adj} home"
    },
    {
      "books",
      "图书",
      "Books",
      "0.9,60,0.7,0.2",
      "小说|童书|漫画|传记|历史书|电子书|有声书|科幻小说|畅销书|课程|诗集|阅读器",
      "novel|children's books|comics|biography|history book|e-book|audiobook|sci-fi novel"
          + "|bestseller|course|poetry|e-reader",
      "经典|治愈|烧脑|获奖|必读|悬疑",
      "classic|heartwarming|mind-bending|award-winning" + "|must-read|mystery",
      "Inkwell|读客|PageTurn|新经典|Folio",
      "{n}本{adj}{noun}推荐|{brand}年度{noun}书单|读完这本{noun}，我{adj}了很久",
      "{n} {adj} books to read|{brand} {noun} list of the year|Why this {adj} {noun} stayed with me"
    },
    {
      "health",
      "健康",
      "Health",
      "1.0,300,1.1,0.0",
      "维生素|体检套餐|蛋白粉|益生菌|血压计|按摩仪|睡眠监测|医疗保险|护肤品|鱼油|瑜伽垫|体脂秤",
      "vitamins|health checkup|protein powder|probiotics|blood pressure monitor|massager"
          + "|sleep tracker|health insurance|skincare|fish oil|yoga mat|smart scale",
      "科学|天然|温和|专业|无添加|权威",
      "science-backed|natural|gentle|clinical|additive-free" + "|trusted",
      "Vitalis|康宁|WellPath|益生堂|Nutrio",
      "医生推荐的{adj}{noun}|{brand}{noun}适合谁|{n}个{noun}使用误区",
      "Doctor-recommended {adj} {noun}|Who should take {brand} {noun}|{n} {noun} mistakes"
    },
    {
      "pets",
      "宠物",
      "Pets",
      "0.7,200,0.9,0.2",
      "猫粮|狗粮|猫砂|宠物窝|逗猫棒|牵引绳|宠物医院|驱虫药|宠物保险|冻干零食|猫爬架|宠物梳",
      "cat food|dog food|cat litter|pet bed|cat toy|leash|vet clinic|flea treatment"
          + "|pet insurance|freeze-dried treats|cat tree|pet brush",
      "无谷|营养|耐咬|除臭|幼猫|天然",
      "grain-free|nutritious|chew-proof|odor-control|kitten" + "|natural",
      "Pawly|毛孩子|Furbo+|喵星人|WagWell",
      "{adj}{noun}测评|{brand}{noun}适口性实测|养宠{n}年，{noun}怎么选",
      "{adj} {noun} review|Do pets like {brand} {noun}|{n} years of pets: choosing {noun}"
    },
  };
}
