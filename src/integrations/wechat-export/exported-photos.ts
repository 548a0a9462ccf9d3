/**
 * The photo files of the articles rendered since `astro dev` started, by their export address
 * (<collection>/<id>/<file>): the photo route serves only these, so no other file can be asked for.
 */
export const exportedPhotos = new Map<string, string>();

export const photoKey = (collection: string, id: string, file: string) => `${collection}/${id}/${file}`;
