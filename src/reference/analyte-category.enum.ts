import { registerEnumType } from 'type-graphql';

export enum AnalyteCategory {
  HEAVY_METAL = 'heavy_metal',
  INORGANIC = 'inorganic',
  VOC = 'voc',
  SVOC = 'svoc',
  PESTICIDE = 'pesticide',
  PCB_DIOXIN = 'pcb_dioxin',
  PETROLEUM = 'petroleum',
}

registerEnumType(AnalyteCategory, {
  name: 'AnalyteCategory',
  description: '监测项目类别',
  valuesConfig: {
    HEAVY_METAL: { description: '重金属和类金属' },
    INORGANIC: { description: '其他无机物' },
    VOC: { description: '挥发性有机物' },
    SVOC: { description: '半挥发性有机物' },
    PESTICIDE: { description: '有机农药类' },
    PCB_DIOXIN: { description: '多氯联苯、多溴联苯和二噁英类' },
    PETROLEUM: { description: '石油烃类' },
  },
});
