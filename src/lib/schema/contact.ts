/** Contact data of a shop or person, which can only be published with a recorded consent. */
import { z } from 'astro/zod';
import { calendarDay } from './dates';
import { requiredOrType } from './messages';
import { schemaMessage } from './message-table';
import { boundedText } from './text';

/** The record that the person agreed to have contact data published: who recorded it, and when. */
export const consentRecord = z.strictObject(
  {
    id: boundedText(3, 40, ['同意书编号', 'consent record id']).meta({ description: '同意书编号，如 TY-2026-001' }),
    date: calendarDay.meta({ description: '同意书签署日期，不能晚于今天' }),
  },
  {
    error: requiredOrType('同意记录（id: 同意书编号，date: 签署日期）', 'a consent record { id, date }'),
  },
);

/**
 * Contact data of a shop or person. It can only be written together with a consent record:
 * the privacy rule lives here, in the schema, not in a template.
 */
export const contact = z
  .strictObject({
    person: boundedText(2, 20, ['联系人', 'contact person']).optional().meta({ description: '联系人姓名' }),
    phone: z
      .string({ error: requiredOrType('电话号码', 'a phone number') })
      .trim()
      .regex(/^[0-9+\-() ]{7,20}$/, { error: schemaMessage('invalid-phone', ['电话号码只能包含数字、空格和 + - ( )', 'a phone number may contain digits, spaces and + - ( ) only']) })
      .optional()
      .meta({ description: '电话号码' }),
    consent: consentRecord.optional().meta({ description: '当事人书面同意的记录：{ id: 同意书编号, date: 签署日期 }' }),
  })
  .superRefine((value, ctx) => {
    if (!value.consent && (value.person || value.phone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: schemaMessage(
          'contact-without-consent',
          ['公开联系方式必须有当事人的书面同意', 'contact data needs a recorded consent'],
          ['请填写 consent（id 同意书编号，date 日期），或删去联系方式', 'add consent { id, date } or remove the contact data'],
          { zh: '：' },
        ),
      });
    }
  });
