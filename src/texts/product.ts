// The product's name: the same in every language, and the one place it is spelt.
export const PRODUCT_NAME = "LÖK-boten";
