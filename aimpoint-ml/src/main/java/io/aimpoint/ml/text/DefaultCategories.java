package io.aimpoint.ml.text;

import java.util.List;

/**
 * Descriptions of the 15 interest categories Aimpoint (and its simulator) uses, written as the kind
 * of text a page about the category contains: the category's name and its typical products and
 * activities, in Chinese and in English. They were written from general knowledge of each category,
 * not copied from the simulator's vocabularies, so measuring on simulated pages is a fair test of
 * zero-shot categorization.
 */
public final class DefaultCategories {

  private static final List<CategoryDescription> ALL =
      List.of(
          new CategoryDescription(
              "electronics",
              "数码电子产品：智能手机、笔记本电脑、平板电脑、蓝牙耳机、智能手表、相机、显示器、充电器、芯片、屏幕和电池",
              "Consumer electronics and gadgets: smartphones, laptops, tablets, wireless earbuds,"
                  + " smartwatches, cameras, monitors, chargers, processors, screens and batteries"),
          new CategoryDescription(
              "apparel",
              "服装服饰与时尚穿搭：连衣裙、T恤、衬衫、牛仔裤、外套、羽绒服、运动鞋、皮鞋、包包、配饰、当季潮流",
              "Clothing and fashion: dresses, T-shirts, shirts, jeans, jackets, coats, sneakers,"
                  + " shoes, handbags and accessories; outfits and seasonal style trends"),
          new CategoryDescription(
              "food",
              "食品美食与饮料：零食、坚果、茶叶、咖啡、水果、生鲜、牛奶、巧克力、调味品、家常菜谱和餐厅美味",
              "Food, groceries and drinks: snacks, nuts, tea, coffee, fresh fruit, meat, milk,"
                  + " chocolate, sauces and spices; recipes, cooking and restaurants"),
          new CategoryDescription(
              "travel",
              "旅游出行：机票、酒店预订、度假村、自由行、跟团游、海岛、签证、景点门票、行李箱和旅行攻略",
              "Travel and tourism: flights, hotel booking, resorts, vacation packages, beach and"
                  + " island trips, visas, sightseeing tickets, luggage and travel guides"),
          new CategoryDescription(
              "sports",
              "运动健身与户外：跑步、篮球、足球、羽毛球、瑜伽、健身房、哑铃、跑鞋、骑行、登山装备和体育赛事",
              "Sports, fitness and outdoors: running, basketball, football, badminton, yoga, gym"
                  + " workouts, dumbbells, running shoes, cycling, hiking gear and sports events"),
          new CategoryDescription(
              "beauty",
              "美妆护肤与化妆品：口红、粉底、面膜、精华、面霜、防晒霜、香水、眼影、卸妆和美容技巧",
              "Beauty, skincare and cosmetics: lipstick, foundation, face masks, serums,"
                  + " moisturizers, sunscreen, perfume, eyeshadow, makeup tips"),
          new CategoryDescription(
              "baby",
              "母婴育儿：婴儿奶粉、纸尿裤、婴儿车、安全座椅、奶瓶、宝宝辅食、孕妇用品、儿童玩具和早教",
              "Baby and parenting: infant formula, diapers, strollers, car seats, baby bottles, baby"
                  + " food, maternity products, toddler toys and early learning"),
          new CategoryDescription(
              "auto",
              "汽车与用车：新车、二手车、电动汽车、SUV、试驾、车型评测、轮胎、机油、汽车保养和车载配件",
              "Cars and driving: new and used cars, electric vehicles, SUVs and sedans, engines,"
                  + " horsepower and fuel economy, test drives, car dealers, tires, maintenance"),
          new CategoryDescription(
              "finance",
              "金融理财：银行储蓄、信用卡、贷款、基金、股票、保险、理财产品、投资收益、利率和退休规划",
              "Finance and money: banking, savings, credit cards, loans, mutual funds, stocks,"
                  + " insurance, investing, interest rates and retirement planning"),
          new CategoryDescription(
              "education",
              "教育培训与学习：在线课程、考试辅导、英语学习、编程培训、大学留学、教材、网课、证书和职业技能",
              "Education and learning: online courses, exam preparation, language learning, coding"
                  + " bootcamps, universities and study abroad, tutoring, certificates and skills"),
          new CategoryDescription(
              "games",
              "电子游戏：手游、主机游戏、电脑游戏、游戏机、手柄、电竞、游戏本、角色扮演、新游戏发售和攻略",
              "Video games: mobile games, console games, PC gaming, game consoles, controllers,"
                  + " esports, gaming laptops, role-playing games, new releases and walkthroughs"),
          new CategoryDescription(
              "home",
              "家居家装与家电：家具、沙发、床垫、厨房用品、收纳、装修、灯具、床上用品、扫地机器人和家用电器",
              "Home, furniture and appliances: sofas, mattresses, kitchenware, storage, interior"
                  + " decoration, renovation, lamps, bedding, robot vacuums and home appliances"),
          new CategoryDescription(
              "books",
              "图书阅读：小说、文学、畅销书、电子书、漫画、历史、传记、作者新书推荐、书单和读书笔记",
              "Books and reading: novels, literature, bestsellers, e-books, comics, history,"
                  + " biographies, new titles from authors, reading lists and book reviews"),
          new CategoryDescription(
              "health",
              "医疗健康与保健：维生素、保健品、营养补充、体检、药品、睡眠、减肥、养生、医生建议和健康饮食",
              "Health and wellness: vitamins, supplements, nutrition, medical checkups, medicine,"
                  + " sleep, weight loss, doctor's advice and healthy eating"),
          new CategoryDescription(
              "pets",
              "宠物用品与养宠：猫粮、狗粮、猫砂、宠物玩具、宠物医院、疫苗、猫咪狗狗的喂养和训练",
              "Pets and pet supplies: cat food, dog food, cat litter, pet toys, veterinarians,"
                  + " vaccines, feeding and training cats and dogs"));

  private DefaultCategories() {}

  /** The 15 categories, in a fixed order. */
  public static List<CategoryDescription> all() {
    return ALL;
  }
}
