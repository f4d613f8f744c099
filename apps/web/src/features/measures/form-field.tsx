export { FormField } from "../../shared/forms";
