import { z } from "zod";

export const MetricKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{0,23}$/, "use a short slug of up to 24 lowercase letters, digits and dashes, such as enrollment or mentor-hours");
