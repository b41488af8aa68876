export default defineBackground(() => {
  console.log('Reading Context background started');
});
