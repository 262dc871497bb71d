/** opencc-js's dictionaries (`opencc-js/dict/NAME`, exported as `./*`): `from to…|…` strings. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
